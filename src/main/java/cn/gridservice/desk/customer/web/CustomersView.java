package cn.gridservice.desk.customer.web;

import cn.gridservice.desk.customer.application.CustomerQueries;
import cn.gridservice.desk.customer.application.CustomerView;
import cn.gridservice.desk.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The customer archive page: search by number, name, phone or address. */
@Named
@ViewScoped
public class CustomersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CustomerQueries customers;

  @Inject CurrentUser user;

  private String query;

  private final LazyDataModel<CustomerView> results =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) customers.search(query, 0, 1, user.roles()).total();
        }

        @Override
        public List<CustomerView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return customers.search(query, first / pageSize, pageSize, user.roles()).items();
        }

        @Override
        public String getRowKey(CustomerView c) {
          return c.customerNo();
        }
      };

  public LazyDataModel<CustomerView> getResults() {
    return results;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
