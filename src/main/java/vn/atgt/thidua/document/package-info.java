/**
 * Official documents in the layout of Nghị định 30/2020/NĐ-CP (DOMAIN.md §5): a small model of a document (header,
 * number, place and date, title or "V/v" summary, addressees, body, recipients, signature block, annexes), a writer
 * that renders it to DOCX, a factory that fills the committee's header, place, signature and recipients
 * ({@link vn.atgt.thidua.document.CommitteeDocuments}), and the documents of a campaign generated from the other
 * modules' read services ({@link vn.atgt.thidua.document.CampaignDocuments}): its launching plan, and the urging letter
 * to late units (from the monitoring module's late list). Who may draft which document is
 * {@link vn.atgt.thidua.document.DocumentAccess}'s. Documents read every module that has something to put in them
 * (accident figures, dossiers), always through that module's door. It keeps one table: the files kept among a
 * campaign's documents as they were signed ({@link vn.atgt.thidua.document.KeptFiles}: a finalised six-month or
 * year-end report and its annex tables, kept by the summary module), their bytes in the common file storage.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "scoring", "commendation", "monitoring", "report", "registration",
		"accident", "campaign", "unit", "common" })
package vn.atgt.thidua.document;
