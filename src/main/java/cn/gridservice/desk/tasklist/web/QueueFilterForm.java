package cn.gridservice.desk.tasklist.web;

import cn.gridservice.desk.customer.domain.Area;
import cn.gridservice.desk.customer.domain.CustomerCategory;
import cn.gridservice.desk.platform.Times;
import cn.gridservice.desk.tasklist.queue.QueueFilter;
import cn.gridservice.desk.tasklist.queue.WorkType;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The filter of the "My work" page as its fields hold it ({@code #{myWorkView.filter.…}}): times in
 * the business zone, the grade as the queue stores it ({@code GENERAL}, {@code MAJOR} …), the saved
 * filter chosen and the name to save it under.
 */
public class QueueFilterForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private WorkType workType;
  private String step;
  private CustomerCategory category;
  private Area area;
  private String grade;
  private LocalDateTime dueFrom;
  private LocalDateTime dueTo;
  private String text;
  private String filterName;
  private Long savedFilterId;

  /** The filter for the queue, blanks left out. */
  public QueueFilter toFilter() {
    return new QueueFilter(
        workType,
        blankToNull(step),
        category == null ? null : category.name(),
        area == null ? null : area.name(),
        blankToNull(grade),
        instant(dueFrom),
        instant(dueTo),
        blankToNull(text));
  }

  /** A text longer than the queue searches is cut to it. */
  public void trimText() {
    if (text != null && text.strip().length() > QueueFilter.MAX_TEXT) {
      text = text.strip().substring(0, QueueFilter.MAX_TEXT);
    }
  }

  /** No condition (the filter's name stays, for saving again). */
  public void clear() {
    workType = null;
    step = null;
    category = null;
    area = null;
    grade = null;
    dueFrom = null;
    dueTo = null;
    text = null;
    savedFilterId = null;
  }

  /** Takes a saved filter's conditions and its name. */
  public void load(QueueFilter f, String name) {
    workType = f.workType();
    step = f.step();
    category = f.customerCategory() == null ? null : CustomerCategory.valueOf(f.customerCategory());
    area = f.area() == null ? null : Area.valueOf(f.area());
    grade = f.grade();
    dueFrom = local(f.dueFrom());
    dueTo = local(f.dueTo());
    text = f.text();
    filterName = name;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(Times.BUSINESS_ZONE).toInstant();
  }

  private static LocalDateTime local(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, Times.BUSINESS_ZONE);
  }

  // --- plain accessors for the page ---

  public WorkType getWorkType() {
    return workType;
  }

  public void setWorkType(WorkType workType) {
    this.workType = workType;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
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

  public String getGrade() {
    return grade;
  }

  public void setGrade(String grade) {
    this.grade = grade;
  }

  public LocalDateTime getDueFrom() {
    return dueFrom;
  }

  public void setDueFrom(LocalDateTime dueFrom) {
    this.dueFrom = dueFrom;
  }

  public LocalDateTime getDueTo() {
    return dueTo;
  }

  public void setDueTo(LocalDateTime dueTo) {
    this.dueTo = dueTo;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getFilterName() {
    return filterName;
  }

  public void setFilterName(String filterName) {
    this.filterName = filterName;
  }

  public Long getSavedFilterId() {
    return savedFilterId;
  }

  public void setSavedFilterId(Long savedFilterId) {
    this.savedFilterId = savedFilterId;
  }
}
