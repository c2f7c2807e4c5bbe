package vn.atgt.thidua.unit;

/**
 * What loading a province of the official list does (a dry run) or did: how many areas and succession links are new
 * and how many already exist, and how many of the source's links could not be made (no former commune, or a
 * successor missing from the 2025 list).
 */
public record OfficialAreasPlan(String provinceCode, String provinceName, boolean withFormer, int newCommunes,
		int existingCommunes, int newFormerAreas, int existingFormerAreas, int newLinks, int existingLinks,
		int skippedLinks) {

	public int created() {
		return newCommunes + newFormerAreas + newLinks;
	}
}
