package vn.atgt.thidua.report;

/**
 * A file the unit attaches: to the entry of a target ({@code targetId}) or to the report (null), with the name it had
 * on the user's machine (sanitised when stored) and an optional caption.
 */
public record EvidenceUpload(Long targetId, String fileName, byte[] content, String caption) {
}
