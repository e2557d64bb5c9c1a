package cn.gridservice.desk.platform;

import java.util.List;

/** One page of a longer list, as the API returns it. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
