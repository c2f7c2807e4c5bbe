package vn.atgt.thidua.unit;

import java.util.List;

/** An area and the areas directly under it ({@link AreaService#withChildren}). */
public record AreaWithChildren(AreaRow area, List<AreaRow> children) {
}
