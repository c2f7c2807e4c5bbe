/**
 * Official documents in the layout of Nghị định 30/2020/NĐ-CP (DOMAIN.md §5): a small model of a document (header,
 * number, place and date, title or "V/v" summary, addressees, body, recipients, signature block, annexes), a writer that
 * renders it to DOCX, a factory that fills the committee's header, place, signature and recipients, and the documents
 * of a campaign (today its launching plan) generated from the other modules' read services.
 */
package vn.atgt.thidua.document;
