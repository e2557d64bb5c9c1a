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
import cn.gridservice.desk.customer.domain.Channel;
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

  @Inject DemoCustomers customers;

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
    customers.create();
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
