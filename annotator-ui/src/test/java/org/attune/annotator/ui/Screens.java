package org.attune.annotator.ui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Screenshots of test windows, into {@code target/screenshots} (the {@code attune.screenshots} property). */
final class Screens {

    private Screens() {
    }

    static Path folder() {
        return Path.of(System.getProperty("attune.screenshots", "target/screenshots"));
    }

    /** Captures the screen area of {@code bounds} as {@code NAME.png}; returns the file. */
    static Path capture(Robot robot, Rectangle bounds, String name) throws IOException {
        robot.waitForIdle();
        BufferedImage image = robot.createScreenCapture(bounds);
        Files.createDirectories(folder());
        Path file = folder().resolve(name + ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
