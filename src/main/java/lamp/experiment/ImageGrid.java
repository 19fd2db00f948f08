package lamp.experiment;

import java.util.ArrayList;
import java.util.List;
import lamp.base.Checks;

/**
 * The data of an image figure: pattern images (row-major, {@code width} pixels a row, all of one
 * size), laid out in {@code columns} columns, each with a title (or none). An experiment hands this
 * out; the chart layer draws it.
 */
public record ImageGrid(List<double[]> images, int width, int columns, List<String> titles) {
    public ImageGrid {
        if (images == null || images.isEmpty()) throw new IllegalArgumentException("image list is empty");
        Checks.count("image width", width, 1);
        Checks.count("grid columns", columns, 1);
        if (titles != null && titles.size() != images.size()) {
            throw new IllegalArgumentException("titles has " + titles.size() + " entries but there are " + images.size() + " images");
        }
        List<double[]> copies = new ArrayList<>(images.size());
        for (int k = 0; k < images.size(); k++) {
            double[] im = images.get(k);
            if (im == null) throw new IllegalArgumentException("image " + k + " is null");
            copies.add(im.clone());
        }
        images = List.copyOf(copies);
        titles = titles == null ? null : List.copyOf(titles);
    }

    /** The images (copies). */
    @Override
    public List<double[]> images() {
        List<double[]> out = new ArrayList<>(images.size());
        for (double[] im : images) out.add(im.clone());
        return out;
    }
}
