package org.retour.coding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The file format of a {@link LinearModel}: gzip over a magic string, the format number, the codebook's id,
 * version and codes, the feature bits, the calibration, thresholds and biases, then the non-zero rows of
 * weights. Deterministic: the same model gives the same bytes. Stateless and thread-safe.
 */
final class LinearModelFile {

    private static final String MAGIC = "RETOUR-LINEAR-MODEL";
    /** The format number; a file of another is refused, to be trained again. */
    static final int FORMAT = 4;

    private LinearModelFile() {
    }

    /** Reads a model; a one-line {@link ModelMismatchException} if it is not a Retour model. */
    static LinearModel read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelMismatchException(file + ": no such model file");
        } catch (IOException e) {
            throw new ModelMismatchException(file + ": cannot read the model (" + e.getMessage() + ")");
        }
        return read(bytes, file.toString());
    }

    /** Reads a model from its file's bytes; {@code name} names it in errors. */
    static LinearModel read(byte[] bytes, String name) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(new ByteArrayInputStream(bytes)), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF())) {
                throw new ModelMismatchException(name + ": not a Retour model file");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new ModelMismatchException(name + ": model format " + format + " is not supported (expected " + FORMAT
                        + "); train the model again with 'retour train'");
            }
            String id = in.readUTF();
            String version = in.readUTF();
            int k = in.readInt();
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                codes.add(in.readUTF());
            }
            int bits = in.readInt();
            if (bits < 10 || bits > 24 || k < 1 || k > 10_000) {
                throw new ModelMismatchException(name + ": corrupt model file");
            }
            double[] cal = new double[3 * k];
            for (int i = 0; i < cal.length; i++) {
                cal[i] = in.readDouble();
            }
            double[] th = new double[3 * k];
            for (int i = 0; i < th.length; i++) {
                th[i] = in.readDouble();
            }
            float[] bias = new float[k];
            for (int i = 0; i < k; i++) {
                bias[i] = in.readFloat();
            }
            float[] w = new float[(1 << bits) * k];
            int rows = in.readInt();
            for (int r = 0; r < rows; r++) {
                int row = in.readInt();
                if (row < 0 || row >= 1 << bits) {
                    throw new ModelMismatchException(name + ": corrupt model file");
                }
                for (int c = 0; c < k; c++) {
                    w[row * k + c] = in.readFloat();
                }
            }
            return new LinearModel(id, version, codes, bits, w, bias, cal, th, sha(bytes));
        } catch (ZipException | EOFException | java.io.UTFDataFormatException e) {
            throw new ModelMismatchException(name + ": not a Retour model file (or a truncated one)");
        } catch (IOException e) {
            throw new ModelMismatchException(name + ": cannot read the model (" + e.getMessage() + ")");
        }
    }

    /** The model file's bytes (deterministic: the same model gives the same bytes). */
    /** The bytes of {@code m}'s file. */
    static byte[] bytes(LinearModel m) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        float[] weights = m.weights();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(bytes), 1 << 16))) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(m.codebookId());
            out.writeUTF(m.codebookVersion());
            int k = m.codes().size();
            out.writeInt(k);
            for (String c : m.codes()) {
                out.writeUTF(c);
            }
            out.writeInt(m.hasher().bits());
            for (double d : m.calibration()) {
                out.writeDouble(d);
            }
            for (double d : m.allThresholds()) {
                out.writeDouble(d);
            }
            for (float b : m.bias()) {
                out.writeFloat(b);
            }
            int rows = 1 << m.hasher().bits();
            int nonzero = 0;
            for (int r = 0; r < rows; r++) {
                if (nonzeroRow(weights, r, k)) {
                    nonzero++;
                }
            }
            out.writeInt(nonzero);
            for (int r = 0; r < rows; r++) {
                if (nonzeroRow(weights, r, k)) {
                    out.writeInt(r);
                    for (int c = 0; c < k; c++) {
                        out.writeFloat(weights[r * k + c]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static boolean nonzeroRow(float[] weights, int r, int k) {
        for (int c = 0; c < k; c++) {
            if (weights[r * k + c] != 0) {
                return true;
            }
        }
        return false;
    }

    /** The first 12 hex digits of the SHA-256 of {@code bytes}. */
    static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
