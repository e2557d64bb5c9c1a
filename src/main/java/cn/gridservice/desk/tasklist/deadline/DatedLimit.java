package cn.gridservice.desk.tasklist.deadline;

import java.util.Date;

/**
 * A step's limit as a process's decision table answered it: the rule ({@code WORKING_HOURS:4},
 * {@code APPOINTMENT}, {@code FROM_SUBMISSION MINUTES:225}) and, when the rule stands for a fixed
 * point in time, that date (null when the rule is counted from the step's start).
 */
public interface DatedLimit {

  String rule();

  Date due();
}
