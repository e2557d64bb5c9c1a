/**
 * After-sales service (售后服务): customers' requests for repair, troubleshooting, maintenance and
 * technical advice, taken from acceptance through scheduling and on-site work to the feedback call.
 */
package cn.gridservice.desk.aftersales;
