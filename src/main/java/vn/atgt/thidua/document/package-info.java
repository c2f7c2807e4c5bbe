/**
 * Official documents in the layout of Nghị định 30/2020/NĐ-CP (DOMAIN.md §5): a small model of a document (header,
 * number, place and date, title or "V/v" summary, addressees, body, recipients, signature block, annexes), a writer that
 * renders it to DOCX, a factory that fills the committee's header, place, signature and recipients, and the documents
 * of a campaign generated from the other modules' read services: its launching plan, and the urging letter to late units
 * (from the monitoring module's late list).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "monitoring", "campaign", "unit", "common" })
package vn.atgt.thidua.document;
