package vn.atgt.thidua.report.internal;

/** A row of {@link CompletionVersionRepository#version}: what a campaign's completion counts rest on. */
public interface CompletionVersionRow {

	Long getValues();

	Long getTaskAreas();

	Long getLastTaskArea();

	Long getTaskAreaVersions();
}
