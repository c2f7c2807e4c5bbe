package vn.atgt.thidua.commendation.internal;

/** Individuals counted, of whom front-line workers and women. */
public record FairnessTally(long individuals, long frontLine, long women) {
}
