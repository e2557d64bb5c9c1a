/** Staff members: logins, roles (= candidate groups) and teams. */
package cn.gridservice.desk.staff;
