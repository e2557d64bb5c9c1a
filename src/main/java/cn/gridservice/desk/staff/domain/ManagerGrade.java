package cn.gridservice.desk.staff.domain;

/**
 * The grade of a customer manager (客户经理制): senior, first class, second class, trainee. Their names
 * are in the message bundles ({@code managerGrade.*}).
 */
public enum ManagerGrade {
  SENIOR,
  FIRST_CLASS,
  SECOND_CLASS,
  TRAINEE
}
