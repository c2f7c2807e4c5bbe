/**
 * The append-only audit trail: who changed what, when, from where, with each field's value before and after. One
 * Hibernate listener records the creation, change and deletion of every entity (except those marked
 * {@link vn.atgt.thidua.common.persistence.NotAudited}) in the transaction of the change itself, and sign-ins, failed
 * sign-ins, lockouts and their lifting by an administrator are recorded from the security events;
 * {@link vn.atgt.thidua.audit.AuditService} reads the trail for the history of one item in other modules;
 * {@link vn.atgt.thidua.audit.AuditQueries} for the administrators' page {@code /admin/audit}, behind
 * {@link vn.atgt.thidua.audit.AuditAccess}. The trail is written and read with plain SQL on its own tables
 * ({@code audit_entries}, {@code audit_changes}), and one other module's table, deliberately (AuditService#search):
 * <ul>
 * <li>{@code users}: an administrator reads the entries of her committee's people only (issue 18); the committee of
 * an entry is its actor's, and the page is filtered and counted in SQL, so the audit module reads the accounts'
 * {@code committee_id} by a sub-query rather than load every user through the account module (which depends on
 * nothing here, and must not: account → audit would make a cycle with the trail's sign-in events).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "common")
package vn.atgt.thidua.audit;
