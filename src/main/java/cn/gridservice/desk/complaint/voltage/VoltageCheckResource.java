package cn.gridservice.desk.complaint.voltage;

import cn.gridservice.desk.security.Allowed;
import cn.gridservice.desk.security.Permission;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/voltage-check}: are measured voltages within the allowed deviation? Changes nothing,
 * so everybody who works on or reads complaints may ask.
 */
@Path("/voltage-check")
@Produces(MediaType.APPLICATION_JSON)
public class VoltageCheckResource {

  @Inject VoltageCheck voltageCheck;

  /**
   * {@code {"supply": "SINGLE_PHASE_220V" | "THREE_PHASE_10KV_AND_BELOW" | "35KV_AND_ABOVE",
   * "nominalVolts": 220, "maxVolts": 235.4, "minVolts": 198.0}} → 200 with the {@link
   * VoltageVerdict}; 400 with a message per field for input that cannot be meant.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Permission.CHECK_VOLTAGE)
  public VoltageVerdict check(VoltageCheckRequest request) {
    return voltageCheck.check(request);
  }
}
