package dsw.model.layout;

import java.util.Arrays;

/**
 * Where one layout puts the boxes, filled in step by step: the centre of every component, and of
 * the stand-in box that gives an empty frame its size. Not thread-safe (one per layout).
 */
final class Placement {
    private final double[] x;
    private final double[] y;
    private final double[] holderX;
    private final double[] holderY;

    Placement(int components, int frames) {
        x = nan(components);
        y = nan(components);
        holderX = nan(frames);
        holderY = nan(frames);
    }

    void place(int component, double cx, double cy) {
        x[component] = cx;
        y[component] = cy;
    }

    /** Puts the stand-in box of an empty frame. */
    void placeHolder(int frame, double cx, double cy) {
        holderX[frame] = cx;
        holderY[frame] = cy;
    }

    boolean isPlaced(int component) {
        return !Double.isNaN(x[component]);
    }

    double x(int component) {
        return x[component];
    }

    double y(int component) {
        return y[component];
    }

    boolean hasHolder(int frame) {
        return !Double.isNaN(holderX[frame]);
    }

    double holderX(int frame) {
        return holderX[frame];
    }

    double holderY(int frame) {
        return holderY[frame];
    }

    /** Moves everything placed so far. */
    void shift(double dx, double dy) {
        for (int c = 0; c < x.length; c++) {
            x[c] += dx;
            y[c] += dy;
        }
        for (int g = 0; g < holderX.length; g++) {
            holderX[g] += dx;
            holderY[g] += dy;
        }
    }

    private static double[] nan(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
