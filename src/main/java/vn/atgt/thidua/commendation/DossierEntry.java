package vn.atgt.thidua.commendation;

/** A nominee as the dossier's documents list it: the proposal's line, the award form, the votes at the meeting. */
public record DossierEntry(ProposalRow proposal, AwardFormView awardForm) {
}
