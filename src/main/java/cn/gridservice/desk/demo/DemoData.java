package cn.gridservice.desk.demo;

import cn.gridservice.desk.aftersales.application.AfterSalesCases;
import cn.gridservice.desk.aftersales.domain.ServiceCase;
import cn.gridservice.desk.aftersales.domain.ServiceType;
import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.complaint.application.ComplaintWork;
import cn.gridservice.desk.complaint.application.Complaints;
import cn.gridservice.desk.complaint.application.NewComplaint;
import cn.gridservice.desk.complaint.domain.ContactMethod;
import cn.gridservice.desk.complaint.process.ComplaintProcess;
import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.customer.domain.Customer;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.customer.domain.Equipment;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.staff.application.StaffDirectory;
import cn.gridservice.desk.staff.domain.ManagerGrade;
import cn.gridservice.desk.staff.domain.StaffMember;
import cn.gridservice.desk.tasklist.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Demo users (one per role, password {@code demo}), customers of every category and a few cases in
 * different steps, so that a newcomer can log in at once. Loaded only into an empty database, and
 * only where asked for (default on H2, off on MariaDB; {@code GSD_DEMO} / {@code -Dgsd.demo}).
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  public static final String PASSWORD = "demo";

  @Inject StaffDirectory staff;

  @Inject AfterSalesCases cases;

  @Inject TaskService taskService;

  @Inject Complaints complaints;

  @Inject ComplaintWork complaintWork;

  @Inject IdentityService identityService;

  @PersistenceContext EntityManager em;

  @Transactional
  public void loadIfEmpty() {
    if (staff.count() > 0) {
      return;
    }
    enrolStaff();
    createCustomers();
    em.flush();
    createCases();
    createComplaints();
    LOG.info("Demo data loaded: staff, customers, cases and complaints in several steps");
  }

  private void enrolStaff() {
    record Person(String id, String name, String team, Role role) {}
    List<Person> people =
        List.of(
            new Person("agent", "王丽", "客服中心一组", Role.AGENT),
            new Person("agent2", "陈静", "客服中心一组", Role.AGENT),
            new Person("dispatcher", "张伟", "城区服务班", Role.DISPATCHER),
            new Person("technician", "李强", "城区服务班", Role.TECHNICIAN),
            new Person("technician2", "赵磊", "城区服务班", Role.TECHNICIAN),
            new Person("custmgr", "刘洋", "大客户服务中心", Role.CUSTOMER_MANAGER),
            new Person("handler", "孙敏", "投诉管理组", Role.COMPLAINT_HANDLER),
            new Person("manager", "周建国", "客户服务中心", Role.SERVICE_MANAGER),
            new Person("auditor", "吴芳", "审计部", Role.AUDITOR),
            new Person("admin", "郑军", "信息运维", Role.ADMIN));
    for (Person p : people) {
      StaffMember member = staff.enrol(p.id(), p.name(), p.team(), EnumSet.of(p.role()), PASSWORD);
      member.contact(p.id() + "@grid-service-desk.local", null);
      if (p.role() == Role.CUSTOMER_MANAGER) {
        member.grade(ManagerGrade.FIRST_CLASS);
      }
    }
  }

  private void createCustomers() {
    StaffMember manager = em.find(StaffMember.class, "custmgr");
    Object[][] rows = {
      // no, name, category, area, highRisk, important, keyAccount, contact, phone, address
      {
        "3301000001",
        "张建华",
        CustomerCategory.RESIDENTIAL,
        Area.URBAN,
        false,
        false,
        false,
        "张建华",
        "13805710001",
        "杭州市西湖区文三路88号3幢2单元501室"
      },
      {
        "3301000002",
        "李秀英",
        CustomerCategory.RESIDENTIAL,
        Area.URBAN,
        false,
        false,
        false,
        "李秀英",
        "13805710002",
        "杭州市拱墅区湖墅南路120号6-302"
      },
      {
        "3301000003",
        "王德明",
        CustomerCategory.RESIDENTIAL,
        Area.RURAL,
        false,
        false,
        false,
        "王德明",
        "13905720003",
        "湖州市安吉县天荒坪镇大溪村12号"
      },
      {
        "3301000004",
        "刘桂兰",
        CustomerCategory.RESIDENTIAL,
        Area.RURAL,
        false,
        false,
        false,
        "刘桂兰",
        "13905720004",
        "湖州市德清县莫干山镇劳岭村45号"
      },
      {
        "3301000005",
        "陈国强",
        CustomerCategory.RESIDENTIAL,
        Area.REMOTE,
        false,
        false,
        false,
        "陈国强",
        "13705800005",
        "舟山市嵊泗县枸杞乡干斋村7号"
      },
      {
        "3301000006",
        "杨淑珍",
        CustomerCategory.RESIDENTIAL,
        Area.REMOTE,
        false,
        false,
        false,
        "杨淑珍",
        "13705800006",
        "丽水市景宁县大均乡泉坑村3号"
      },
      {
        "3301000007",
        "赵海波",
        CustomerCategory.RESIDENTIAL,
        Area.URBAN,
        false,
        false,
        false,
        "赵海波",
        "13805710007",
        "杭州市上城区望江路56号1-1201"
      },
      {
        "3301000008",
        "周丽娟",
        CustomerCategory.RESIDENTIAL,
        Area.URBAN,
        false,
        false,
        false,
        "周丽娟",
        "13805710008",
        "杭州市滨江区江南大道300号9-803"
      },
      {
        "3302000001",
        "西湖区文三路便利店",
        CustomerCategory.LOW_VOLTAGE_NON_RESIDENTIAL,
        Area.URBAN,
        false,
        false,
        false,
        "黄店长",
        "13605710011",
        "杭州市西湖区文三路102号"
      },
      {
        "3302000002",
        "安吉白茶加工坊",
        CustomerCategory.LOW_VOLTAGE_NON_RESIDENTIAL,
        Area.RURAL,
        false,
        false,
        false,
        "吴师傅",
        "13605720012",
        "湖州市安吉县溪龙乡黄杜村"
      },
      {
        "3302000003",
        "拱墅区社区卫生服务站",
        CustomerCategory.LOW_VOLTAGE_NON_RESIDENTIAL,
        Area.URBAN,
        false,
        true,
        false,
        "许站长",
        "13605710013",
        "杭州市拱墅区大关路200号"
      },
      {
        "3302000004",
        "嵊泗海鲜冷库",
        CustomerCategory.LOW_VOLTAGE_NON_RESIDENTIAL,
        Area.REMOTE,
        false,
        false,
        false,
        "林老板",
        "13605800014",
        "舟山市嵊泗县菜园镇码头路9号"
      },
      {
        "3302000005",
        "滨江小学",
        CustomerCategory.LOW_VOLTAGE_NON_RESIDENTIAL,
        Area.URBAN,
        false,
        true,
        false,
        "何校长",
        "13605710015",
        "杭州市滨江区长河路500号"
      },
      {
        "3302000006",
        "德清农家乐",
        CustomerCategory.LOW_VOLTAGE_NON_RESIDENTIAL,
        Area.RURAL,
        false,
        false,
        false,
        "沈老板",
        "13605720016",
        "湖州市德清县莫干山镇仙潭村"
      },
      {
        "3303000001",
        "杭州钱江化工有限公司",
        CustomerCategory.HIGH_VOLTAGE_SINGLE_SOURCE,
        Area.URBAN,
        true,
        true,
        false,
        "马工",
        "057186000021",
        "杭州市钱塘区临江工业园纬三路8号"
      },
      {
        "3303000002",
        "安吉竹木制品厂",
        CustomerCategory.HIGH_VOLTAGE_SINGLE_SOURCE,
        Area.RURAL,
        false,
        false,
        false,
        "钱厂长",
        "057256000022",
        "湖州市安吉县递铺镇工业区"
      },
      {
        "3303000003",
        "舟山远洋渔业公司",
        CustomerCategory.HIGH_VOLTAGE_SINGLE_SOURCE,
        Area.REMOTE,
        false,
        false,
        true,
        "孔经理",
        "058056000023",
        "舟山市普陀区沈家门渔港路1号"
      },
      {
        "3303000004",
        "湖州长兴矿业有限公司",
        CustomerCategory.HIGH_VOLTAGE_SINGLE_SOURCE,
        Area.RURAL,
        true,
        true,
        false,
        "蒋矿长",
        "057256000024",
        "湖州市长兴县煤山镇矿区路"
      },
      {
        "3303000005",
        "杭州城西购物中心",
        CustomerCategory.HIGH_VOLTAGE_SINGLE_SOURCE,
        Area.URBAN,
        false,
        false,
        true,
        "韩经理",
        "057186000025",
        "杭州市西湖区古墩路701号"
      },
      {
        "3304000001",
        "浙江省人民医院",
        CustomerCategory.HIGH_VOLTAGE_DUAL_SOURCE,
        Area.URBAN,
        true,
        true,
        true,
        "曹科长",
        "057186000031",
        "杭州市上城区上塘路158号"
      },
      {
        "3304000002",
        "杭钢集团炼钢厂",
        CustomerCategory.HIGH_VOLTAGE_DUAL_SOURCE,
        Area.URBAN,
        true,
        true,
        true,
        "严处长",
        "057186000032",
        "杭州市拱墅区半山路178号"
      },
      {
        "3304000003",
        "钱塘云数据中心",
        CustomerCategory.HIGH_VOLTAGE_DUAL_SOURCE,
        Area.URBAN,
        false,
        true,
        true,
        "华主管",
        "057186000033",
        "杭州市钱塘区江东大道3399号"
      },
      {
        "3304000004",
        "杭州地铁运营公司",
        CustomerCategory.HIGH_VOLTAGE_DUAL_SOURCE,
        Area.URBAN,
        false,
        true,
        true,
        "金主任",
        "057186000034",
        "杭州市上城区九堡路1号"
      },
      {
        "3304000005",
        "德清污水处理厂",
        CustomerCategory.HIGH_VOLTAGE_DUAL_SOURCE,
        Area.RURAL,
        true,
        true,
        false,
        "魏厂长",
        "057256000035",
        "湖州市德清县武康镇环保路2号"
      },
    };
    for (Object[] r : rows) {
      Customer customer =
          new Customer((String) r[0], (String) r[1], (CustomerCategory) r[2], (Area) r[3])
              .flags((Boolean) r[4], (Boolean) r[5], (Boolean) r[6])
              .contact((String) r[7], (String) r[8], null, (String) r[9]);
      if (customer.isPriority()
          || customer.category() == CustomerCategory.HIGH_VOLTAGE_DUAL_SOURCE) {
        customer.assignManager(manager);
      }
      em.persist(customer);
    }
    // equipment records decide the warranty of a case (保修期内/外)
    LocalDate today = LocalDate.now(Times.BUSINESS_ZONE);
    equipment(
        "3302000004",
        "冷库压缩机组",
        "LS-30",
        "CMP-2025-0412",
        today.minusMonths(8),
        today.plusMonths(16));
    equipment(
        "3301000003", "户外计量箱", "JLX-1", "MB-2019-7781", today.minusYears(6), today.minusYears(3));
    equipment(
        "3304000003",
        "UPS 不间断电源",
        "UPS-400K",
        "UPS-2024-0031",
        today.minusYears(1),
        today.plusYears(2));
  }

  private void equipment(
      String customerNo,
      String name,
      String model,
      String serial,
      LocalDate installed,
      LocalDate warrantyEnd) {
    Customer customer =
        em.createNamedQuery("Customer.byNo", Customer.class)
            .setParameter("no", customerNo)
            .getSingleResult();
    em.persist(new Equipment(customer, name, model, serial, installed, warrantyEnd));
  }

  private void createCases() {
    // waiting for acceptance
    cases.submit("3301000001", ServiceType.REPAIR, Channel.PHONE, "家中空调插座回路跳闸，无法合闸。", "agent");
    cases.submit("3302000001", ServiceType.MAINTENANCE, Channel.ONLINE, "店内配电箱年度保养预约。", "agent");
    // accepted, waiting for the dispatcher
    ServiceCase troubleshooting =
        cases.submit(
            "3303000002", ServiceType.TROUBLESHOOTING, Channel.PHONE, "车间变压器运行异响，温度偏高。", "agent2");
    completeAs(
        "agent",
        troubleshooting,
        AfterSalesProcess.TASK_ACCEPT_REQUEST,
        Map.of(AfterSalesProcess.VAR_ACCEPTANCE, AfterSalesProcess.ACCEPTANCE_ACCEPTED));
    // fault repair of a key account: straight to dispatch
    cases.submit(
        "3304000002", ServiceType.FAULT_REPAIR, Channel.PHONE, "炼钢车间一路进线失电，备用电源已投入。", "agent");
    // scheduled, with the technician
    ServiceCase repair =
        cases.submit("3301000003", ServiceType.REPAIR, Channel.WECHAT, "入户电表箱进水，需更换空开。", "agent2");
    completeAs(
        "agent",
        repair,
        AfterSalesProcess.TASK_ACCEPT_REQUEST,
        Map.of(AfterSalesProcess.VAR_ACCEPTANCE, AfterSalesProcess.ACCEPTANCE_ACCEPTED));
    completeAs(
        "dispatcher",
        repair,
        AfterSalesProcess.TASK_SCHEDULE_VISIT,
        Map.of(AfterSalesProcess.VAR_TECHNICIAN_ID, "technician"));
    // an enquiry answered at once, waiting for the feedback call
    ServiceCase enquiry =
        cases.submit(
            "3302000003", ServiceType.ENQUIRY, Channel.EMAIL, "咨询双电源切换装置的定期试验要求。", "agent");
    completeAs(
        "agent",
        enquiry,
        AfterSalesProcess.TASK_ACCEPT_REQUEST,
        Map.of(AfterSalesProcess.VAR_ACCEPTANCE, AfterSalesProcess.ACCEPTANCE_ANSWERED));
  }

  private void createComplaints() {
    // waiting for the handler's call
    complaints.register(
        new NewComplaint("3301000007", "SERVICE", "营业厅排队一小时无人引导，工作人员态度冷淡。", null, null, "PHONE"),
        Channel.PHONE,
        null,
        "agent");
    // contacted, under investigation
    String quality =
        complaints
            .register(
                new NewComplaint(
                    "3301000004", "SUPPLY_QUALITY", "傍晚电压偏低，灯光闪烁，冰箱无法启动。", null, null, "PHONE"),
                Channel.PHONE,
                null,
                "agent2")
            .complaintNo();
    as(
        "handler",
        () ->
            complaintWork.contact(
                complaintTask(quality, ComplaintProcess.TASK_CONTACT_CUSTOMER),
                Actor.of("handler", Role.COMPLAINT_HANDLER),
                ContactMethod.PHONE,
                true,
                "已致歉，约定本周内上门测量电压。"));
    // a hospital's outage referred by the government: 重大, level 3, the manager must acknowledge
    complaints.register(
        new NewComplaint(
            "3304000002", "OUTAGE", "检修停电未按期恢复，影响生产，已向市政府反映。", "GOVERNMENT", null, "PHONE"),
        Channel.PHONE,
        null,
        "agent");
  }

  private String complaintTask(String complaintNo, String step) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(complaintNo)
        .taskDefinitionKey(step)
        .singleResult()
        .getId();
  }

  private void as(String userId, Runnable work) {
    StaffMember member = em.find(StaffMember.class, userId);
    identityService.setAuthentication(userId, member.roles().stream().map(Role::name).toList());
    try {
      work.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void completeAs(
      String userId, ServiceCase serviceCase, String taskKey, Map<String, Object> variables) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(serviceCase.processInstanceId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    StaffMember member = em.find(StaffMember.class, userId);
    identityService.setAuthentication(userId, member.roles().stream().map(Role::name).toList());
    try {
      taskService.claim(task.getId(), userId);
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
