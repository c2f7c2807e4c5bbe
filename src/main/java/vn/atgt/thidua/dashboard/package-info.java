/**
 * What people see first: the home page by role, and later the leadership dashboard and the public pages. Reads
 * other modules only through their public services and aggregate queries.
 */
package vn.atgt.thidua.dashboard;
