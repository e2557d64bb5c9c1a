/**
 * The customer archive (客户档案): who the customer is, category, area, high-risk and key-account flags
 * and the assigned customer manager; contact data is shown only to roles that need it.
 */
package cn.gridservice.desk.customer;
