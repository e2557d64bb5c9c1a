package cn.gridservice.desk.customer.web;

import cn.gridservice.desk.customer.admin.CustomerAdministration;
import cn.gridservice.desk.customer.admin.CustomerForm;
import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.changelog.ChangeLog;
import cn.gridservice.desk.platform.changelog.ChangeView;
import cn.gridservice.desk.platform.web.FieldMessages;
import cn.gridservice.desk.platform.web.Messages;
import cn.gridservice.desk.security.CurrentUser;
import cn.gridservice.desk.staff.domain.StaffMember;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Creating and editing a customer ({@code /customers/edit.xhtml}, with {@code customerNo} an
 * existing one): archive, flags, contacts, feeder, customer manager and equipment, with the change
 * history.
 */
@Named
@ViewScoped
public class CustomerEditView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "customer";

  @Inject CustomerAdministration customers;

  @Inject ChangeLog changeLog;

  @Inject CurrentUser user;

  private String customerNo;
  private CustomerForm form;
  private List<ChangeView> history = List.of();
  private List<StaffMember> managers;

  public void load() {
    if (form != null) {
      return;
    }
    if (isCreating()) {
      form = new CustomerForm();
      return;
    }
    try {
      form = customers.form(customerNo);
      history = changeLog.of(CustomerAdministration.ENTITY, customerNo);
    } catch (InvalidInput e) {
      Messages.invalid("customerEdit.invalid", e);
      customerNo = null;
      form = new CustomerForm();
    }
  }

  public String save() {
    try {
      Customer saved =
          isCreating()
              ? customers.create(form, user.userId())
              : customers.update(customerNo, form, user.userId());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info(
          isCreating() ? "customerEdit.created" : "customerEdit.saved", saved.customerNo());
      return "/customers/customer?faces-redirect=true&customerNo=" + saved.customerNo();
    } catch (InvalidInput e) {
      FieldMessages.show(e, CustomerEditView::clientId, "customerEdit.invalid");
      return null;
    }
  }

  public void addEquipment() {
    form.getEquipment().add(new CustomerForm.EquipmentLine());
  }

  public void removeEquipment(CustomerForm.EquipmentLine line) {
    form.getEquipment().remove(line);
  }

  /** {@code equipment[2].name} → the input of the third row. */
  static String clientId(String field) {
    if (field.startsWith("equipment[")) {
      int close = field.indexOf(']');
      String row = field.substring("equipment[".length(), close);
      String name = field.substring(close + 2);
      return switch (name) {
        case "name", "model", "serialNo", "installedOn", "warrantyEnd" ->
            FORM + ":equipment:" + row + ":eq_" + name;
        default -> null;
      };
    }
    return switch (field) {
      case "customerNo",
          "name",
          "category",
          "area",
          "contactName",
          "phone",
          "email",
          "address",
          "feeder",
          "customerManager" ->
          FORM + ":" + field;
      default -> null;
    };
  }

  public boolean isCreating() {
    return customerNo == null || customerNo.isBlank();
  }

  public CustomerCategory[] getCategories() {
    return CustomerCategory.values();
  }

  public Area[] getAreas() {
    return Area.values();
  }

  public List<StaffMember> getManagers() {
    if (managers == null) {
      managers = customers.customerManagers();
    }
    return managers;
  }

  public String getCustomerNo() {
    return customerNo;
  }

  public void setCustomerNo(String customerNo) {
    this.customerNo = customerNo;
  }

  public CustomerForm getForm() {
    if (form == null) {
      load();
    }
    return form;
  }

  public List<ChangeView> getHistory() {
    return history;
  }
}
