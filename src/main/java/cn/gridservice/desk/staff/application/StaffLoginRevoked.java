package cn.gridservice.desk.staff.application;

import java.time.Instant;

/**
 * A member's sessions opened before {@code at} must end: deactivated, password reset, roles
 * changed. Fired inside the change's transaction; observers act after it commits.
 */
public record StaffLoginRevoked(String userId, Instant at) {}
