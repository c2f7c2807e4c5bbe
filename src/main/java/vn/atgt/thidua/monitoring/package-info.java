/**
 * Keeping the movement moving: in-app notifications of every workflow event that concerns a user (with e-mail for
 * the kinds she chose), the submission status matrix and the list of late units, reminders before and after due
 * dates (sent once per unit, period and kind), and the urging notice and letter of the standing office.
 */
package vn.atgt.thidua.monitoring;
