package vn.atgt.thidua.commendation;

import java.util.List;

/**
 * What the dossier's ZIP holds for one nominee: the list's line with its award form, the achievement report as written
 * on the form (null when only attached) and the attached one (null when only written), and the evidence the proposal
 * cites: the attached certification or evidence, and the photos of the recognised exemplars it cites.
 */
public record NomineePack(DossierEntry entry, String reportText, ProposalFile reportFile, List<ProposalFile> evidence) {
}
