package cn.gridservice.desk.customer.admin;

import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.customer.domain.Equipment;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A customer as the form, the API and an import row give it. */
public class CustomerForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String customerNo;
  private String name;
  private CustomerCategory category;
  private Area area;
  private boolean highRisk;
  private boolean important;
  private boolean keyAccount;
  private String contactName;
  private String phone;
  private String email;
  private String address;
  private String feeder;

  /** The customer manager's user id. */
  private String customerManager;

  private List<EquipmentLine> equipment = new ArrayList<>();

  /** One piece of equipment; {@code id} is null for a new one. */
  public static class EquipmentLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long id;
    private String name;
    private String model;
    private String serialNo;
    private LocalDate installedOn;
    private LocalDate warrantyEnd;

    public static EquipmentLine of(Equipment e) {
      EquipmentLine line = new EquipmentLine();
      line.id = e.id();
      line.name = e.name();
      line.model = e.model();
      line.serialNo = e.serialNo();
      line.installedOn = e.installedOn();
      line.warrantyEnd = e.warrantyEnd();
      return line;
    }

    /** As the change log writes it. */
    String summary() {
      return String.join(
          " / ",
          name == null ? "" : name,
          model == null ? "" : model,
          serialNo == null ? "" : serialNo,
          installedOn == null ? "" : installedOn.toString(),
          warrantyEnd == null ? "" : warrantyEnd.toString());
    }

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getModel() {
      return model;
    }

    public void setModel(String model) {
      this.model = model;
    }

    public String getSerialNo() {
      return serialNo;
    }

    public void setSerialNo(String serialNo) {
      this.serialNo = serialNo;
    }

    public LocalDate getInstalledOn() {
      return installedOn;
    }

    public void setInstalledOn(LocalDate installedOn) {
      this.installedOn = installedOn;
    }

    public LocalDate getWarrantyEnd() {
      return warrantyEnd;
    }

    public void setWarrantyEnd(LocalDate warrantyEnd) {
      this.warrantyEnd = warrantyEnd;
    }
  }

  public static CustomerForm of(Customer c, List<Equipment> equipment) {
    CustomerForm form = new CustomerForm();
    form.customerNo = c.customerNo();
    form.name = c.name();
    form.category = c.category();
    form.area = c.area();
    form.highRisk = c.isHighRisk();
    form.important = c.isImportant();
    form.keyAccount = c.isKeyAccount();
    form.contactName = c.contactName();
    form.phone = c.phone();
    form.email = c.email();
    form.address = c.address();
    form.feeder = c.feeder();
    form.customerManager = c.customerManager() == null ? null : c.customerManager().userId();
    form.equipment = new ArrayList<>(equipment.stream().map(EquipmentLine::of).toList());
    return form;
  }

  public String getCustomerNo() {
    return customerNo;
  }

  public void setCustomerNo(String customerNo) {
    this.customerNo = customerNo;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public CustomerCategory getCategory() {
    return category;
  }

  public void setCategory(CustomerCategory category) {
    this.category = category;
  }

  public Area getArea() {
    return area;
  }

  public void setArea(Area area) {
    this.area = area;
  }

  public boolean isHighRisk() {
    return highRisk;
  }

  public void setHighRisk(boolean highRisk) {
    this.highRisk = highRisk;
  }

  public boolean isImportant() {
    return important;
  }

  public void setImportant(boolean important) {
    this.important = important;
  }

  public boolean isKeyAccount() {
    return keyAccount;
  }

  public void setKeyAccount(boolean keyAccount) {
    this.keyAccount = keyAccount;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getFeeder() {
    return feeder;
  }

  public void setFeeder(String feeder) {
    this.feeder = feeder;
  }

  public String getCustomerManager() {
    return customerManager;
  }

  public void setCustomerManager(String customerManager) {
    this.customerManager = customerManager;
  }

  public List<EquipmentLine> getEquipment() {
    return equipment;
  }

  public void setEquipment(List<EquipmentLine> equipment) {
    this.equipment = equipment == null ? new ArrayList<>() : new ArrayList<>(equipment);
  }
}
