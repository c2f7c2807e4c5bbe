package vn.atgt.thidua.commendation;

/** A file of a proposal's dossier (the attached report, the certification or evidence, an exemplar's photo). */
public record ProposalFile(String name, String contentType, byte[] content) {
}
