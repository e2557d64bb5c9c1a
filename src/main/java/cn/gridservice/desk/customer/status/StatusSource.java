package cn.gridservice.desk.customer.status;

import java.util.Optional;

/** A capability whose numbers customers may look up (service cases, complaints). A CDI bean. */
public interface StatusSource {

  /** The record under exactly this number, or empty when it is not one of this source's. */
  Optional<StatusRecord> find(String reference);
}
