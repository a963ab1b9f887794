package org.csirtbot.bench.ack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ToDoubleFunction;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

import org.csirtbot.bench.harness.Percentiles;

/** Ack latency percentiles (all four kinds together) against the request rate, the bot's and the bare app's, as a PNG. */
public final class AckChart {

    private AckChart() {
    }

    public static void write(AckResult result, Path png) {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(900).height(480)
                .title("Acknowledgement latency" + (result.settings().separateMongo() ? " (MONGODB_URI)" : ""))
                .xAxisTitle("requests per second (four kinds mixed)").yAxisTitle("ms from when each was due").build();
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        chart.getStyler().setYAxisLogarithmic(true);
        double[] rates = result.settings().perSecond().stream().mapToDouble(Double::doubleValue).toArray();
        for (String target : new String[] {AckResult.BOT, AckResult.BARE}) {
            series(chart, result, rates, target, "p50", Percentiles::p50);
            series(chart, result, rates, target, "p95", Percentiles::p95);
            series(chart, result, rates, target, "p99", Percentiles::p99);
        }
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + png, e);
        }
    }

    private static void series(XYChart chart, AckResult result, double[] rates, String target, String name,
                               ToDoubleFunction<Percentiles> percentile) {
        double[] ms = new double[rates.length];
        for (int i = 0; i < rates.length; i++) {
            ms[i] = Math.max(0.1, percentile.applyAsDouble(result.row(rates[i], target, null).latency()));
        }
        chart.addSeries(target + " " + name, rates, ms).setMarker(SeriesMarkers.CIRCLE);
    }
}
