package org.csirtbot.bench.wave;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import org.csirtbot.bench.harness.BenchmarksDoc;

/** The wave over time as a PNG: reports submitted, acknowledged and shown in the triage channel, by second. */
public final class WaveChart {

    private WaveChart() {
    }

    public static void write(WaveResult result, Path png) {
        System.setProperty("java.awt.headless", "true");
        List<WaveResult.Sample> samples = result.timeline();
        if (samples.isEmpty()) {
            return;
        }
        XYChart chart = new XYChartBuilder().width(900).height(480)
                .title("Phishing wave: " + result.submitted() + " reports at "
                        + BenchmarksDoc.fmt("%.0f", result.settings().perSecond()) + "/s across "
                        + result.campaignsUsed() + " campaigns")
                .xAxisTitle("seconds from the first submission").yAxisTitle("reports").build();
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        chart.getStyler().setMarkerSize(0);
        double[] seconds = samples.stream().mapToDouble(WaveResult.Sample::seconds).toArray();
        series(chart, "submitted", seconds, samples.stream().mapToDouble(WaveResult.Sample::submitted).toArray());
        series(chart, "acknowledged with a report ID", seconds,
                samples.stream().mapToDouble(WaveResult.Sample::acknowledged).toArray());
        series(chart, "shown in the triage channel", seconds,
                samples.stream().mapToDouble(WaveResult.Sample::reflected).toArray());
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + png, e);
        }
    }

    private static void series(XYChart chart, String name, double[] x, double[] y) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.NONE);
    }
}
