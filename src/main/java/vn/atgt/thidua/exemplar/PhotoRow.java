package vn.atgt.thidua.exemplar;

/** A photo (or document) of an exemplar as its page lists it. */
public record PhotoRow(Long id, String name, boolean hasThumbnail, String caption, boolean sample) {
}
