/**
 * Who is logged in and what they may do: roles, the API's HTTP Basic login, the engine's
 * authenticated user per request, and password hashing for the database realm.
 */
package cn.gridservice.desk.security;
