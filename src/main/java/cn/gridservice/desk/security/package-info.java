/**
 * Who is logged in and what they may do: roles, the API's HTTP Basic login, and password hashing
 * for the database realm. (The engine's authenticated user per request is set in workflow.)
 */
package cn.gridservice.desk.security;
