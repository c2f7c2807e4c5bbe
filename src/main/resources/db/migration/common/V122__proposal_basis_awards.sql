-- The awards a proposal cites as its grounds (khen thưởng đã đạt làm căn cứ). A chuyên đề award is not grounds for a
-- công trạng one (issue 16, item 5): the list of proposals, the proposal's page and the dossier warn when a proposal for
-- a công trạng award cites only chuyên đề awards.
CREATE TABLE proposal_basis_awards (
    proposal_id    BIGINT NOT NULL REFERENCES commendation_proposals (id),
    award_form_id  BIGINT NOT NULL REFERENCES award_forms (id),
    PRIMARY KEY (proposal_id, award_form_id)
);
