package cn.gridservice.desk.platform;

import java.util.List;

/** One page of a longer list, as the API returns it. */
public record Page<T>(List<T> items, int page, int size, long total) {

  /** The same page with every item changed by {@code change}. */
  public <R> Page<R> map(java.util.function.Function<? super T, ? extends R> change) {
    return new Page<>(items.stream().<R>map(change).toList(), page, size, total);
  }
}
