package vn.atgt.thidua.commendation;

/** What the user may do on the list of proposals: propose, see every unit's, and the office's dossier work. */
public record ProposalListActions(boolean create, boolean seesAllUnits, boolean office) {
}
