/**
 * Target registration (đăng ký thi đua): per campaign and participating unit one registration holding the unit's
 * targets (chỉ tiêu) by task area, quantitative (unit of measure, baseline, target value, direction) or milestones
 * (a deliverable with a due date); its workflow {@code DRAFT → SUBMITTED → APPROVED | RETURNED} with the history of
 * every transition; the indicators the standing office suggests per task area, so that units' targets can be summed;
 * the campaign's registration deadline; and the XLSX round-trip of a unit's registration. Other modules read it
 * through {@link vn.atgt.thidua.registration.RegistrationService} and listen to {@link vn.atgt.thidua.registration.RegistrationSubmitted},
 * {@link vn.atgt.thidua.registration.RegistrationApproved}, {@link vn.atgt.thidua.registration.RegistrationReturned} and
 * {@link vn.atgt.thidua.registration.RegistrationReopened}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "campaign", "unit", "common" })
package vn.atgt.thidua.registration;
