package vn.atgt.thidua.accident.internal;

import vn.atgt.thidua.accident.SheetScope;
import vn.atgt.thidua.accident.SheetStatus;

/** Whether a month has a sheet, and in which status. */
public record SheetStatusRow(int year, int month, SheetStatus status, SheetScope scope) {
}
