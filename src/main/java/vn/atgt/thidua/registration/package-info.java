/**
 * Target registration (đăng ký thi đua): per campaign and participating unit one registration holding the unit's
 * targets (chỉ tiêu) by task area, quantitative (unit of measure, baseline, target value, direction) or milestones
 * (a deliverable with a due date); its workflow {@code DRAFT → SUBMITTED → APPROVED | RETURNED} with the history of
 * every transition; the indicators the standing office suggests per task area, so that units' targets can be summed;
 * the campaign's registration deadline; and the XLSX round-trip of a unit's registration. Other modules read it
 * through {@link vn.atgt.thidua.registration.RegistrationService} and listen to
 * {@link vn.atgt.thidua.registration.RegistrationSubmitted}, {@link vn.atgt.thidua.registration.RegistrationApproved},
 * {@link vn.atgt.thidua.registration.RegistrationReturned} and {@link vn.atgt.thidua.registration.RegistrationReopened};
 * its pages read {@link vn.atgt.thidua.registration.RegistrationQueries}; who may see or change what is decided by
 * {@link vn.atgt.thidua.registration.RegistrationAccess} alone.
 * <p>
 * Deliberate SQL reads of other modules' tables (in {@code internal.TargetRegistrationRepository}), each because one
 * join is what keeps the standings a single query and the office's table paged in SQL:
 * <ul>
 * <li>{@code campaign_participants} (campaign): the standings start from the participating units, so that a unit that
 * has not started (no registration row) is listed, filtered and counted as "not started" in the same query.</li>
 * <li>{@code units} (unit): the office's table filters by the unit's kind and accent-free search key and sorts
 * by kind and name in SQL, so that a page reads only its rows whatever the number of units.</li>
 * </ul>
 * The office's table keeps its counts per status and its pages in memory under the campaign's status counter
 * ({@code campaign.CampaignStatusCache}, shared with the report and monitoring modules); every transaction that
 * changes what they show raises that counter, the start of a registration (NOT_STARTED → DRAFT) included.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "campaign", "unit", "common" })
package vn.atgt.thidua.registration;
