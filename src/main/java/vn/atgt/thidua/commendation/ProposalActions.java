package vn.atgt.thidua.commendation;

/**
 * What the user may do with one proposal now, as {@link CommendationAccess} decides it: {@code edit} it (its unit or
 * the office, while a draft or returned); {@code submit} it (the unit's head, or the office for its own);
 * {@code waitsForHead}: an officer whose proposal waits for the head; {@code review}: accept or return a submitted
 * one; {@code publish} the accepted nominee; {@code vote}: record the meeting's outcome (approve or reject);
 * {@code forward} the approved dossier to the deciding level; {@code decide}: record the decision or its refusal.
 */
public record ProposalActions(boolean edit, boolean submit, boolean waitsForHead, boolean review, boolean publish,
		boolean vote, boolean forward, boolean decide) {
}
