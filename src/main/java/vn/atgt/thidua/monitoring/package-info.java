/**
 * Keeping the movement moving (theo dõi, đôn đốc): in-app notifications of every workflow event that concerns a user
 * (with e-mail for the kinds she chose), the submission status matrix and the list of late units read from the report
 * and target modules' status reads, reminders before and after due dates sent by a daily job (once per unit, item and
 * kind, under a unique key of its sent-log), and the standing office's urging notice with its log. The urging letter
 * is written by the document module from this module's late list.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "report", "registration", "campaign", "unit", "account", "common" })
package vn.atgt.thidua.monitoring;
