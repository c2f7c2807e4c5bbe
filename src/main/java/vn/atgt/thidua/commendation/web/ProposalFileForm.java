package vn.atgt.thidua.commendation.web;

import jakarta.validation.constraints.NotNull;

import org.springframework.web.multipart.MultipartFile;

import vn.atgt.thidua.commendation.DossierPart;

/** A file attached to a proposal: the dossier part it is, the file, and the version the page showed. */
record ProposalFileForm(@NotNull(message = "{proposal.file.part}") DossierPart part, MultipartFile file,
		@NotNull(message = "{validation.staleForm}") Long version) {
}
