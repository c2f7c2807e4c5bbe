/**
 * Official documents in the layout of Nghị định 30/2020/NĐ-CP (DOMAIN.md §5): a small model of a document (header,
 * number, place and date, title or "V/v" summary, addressees, body, recipients, signature block, annexes), a writer
 * that renders it to DOCX, a factory that fills the committee's header, place, signature and recipients
 * ({@link vn.atgt.thidua.document.CommitteeDocuments}), and the documents of a campaign generated from the other
 * modules' read services ({@link vn.atgt.thidua.document.CampaignDocuments}): its launching plan, and the urging letter
 * to late units (from the monitoring module's late list). Who may draft which document is
 * {@link vn.atgt.thidua.document.DocumentAccess}'s. Documents read every module that has something to put in them
 * (the six-month and year-end reports, accident figures, dossiers to come), always through that module's door; the
 * module keeps no table and runs no SQL of its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "scoring", "commendation", "monitoring", "report", "registration",
		"accident", "campaign", "unit", "common" })
package vn.atgt.thidua.document;
