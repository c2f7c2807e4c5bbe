package vn.atgt.thidua.document;

import java.util.List;

/**
 * The ZIP of a commendation dossier for one deciding level, ready to download: its file name (named for that level),
 * its bytes, and what it holds in order (the cover list first).
 */
public record DossierArchive(String fileName, byte[] content, List<Entry> entries) {

	/** A document of the dossier: its path in the ZIP, what it is (as the cover list names it), its bytes. */
	public record Entry(String path, String description, byte[] content) {
	}
}
