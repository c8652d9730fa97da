package org.opencounty.catalogue.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.opencounty.common.InvalidInputException;

/**
 * What an uploaded workbook must be before POI opens it: an .xlsx (a zip file) of at most 5 MB that does
 * not inflate beyond reason. POI's own zip-bomb guard (the minimum inflate ratio of {@code ZipSecureFile})
 * stays on as well; this bound also covers files that inflate evenly but far, which that ratio lets through.
 */
public final class UploadCheck {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;
    private static final int MAX_ENTRIES = 1000;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private UploadCheck() {
    }

    public static void check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw refused("请选择要导入的Excel文件（.xlsx）");
        }
        if (bytes.length > MAX_BYTES) {
            throw refused("文件超过5MB，请拆分后分批导入");
        }
        if (startsWith(bytes, OLE2)) {
            throw refused("这是旧版Excel文件（.xls），请在Excel中“另存为”.xlsx格式后再导入");
        }
        if (!startsWith(bytes, ZIP)) {
            throw refused("只能导入Excel工作簿（.xlsx），该文件不是.xlsx格式");
        }
        checkInflatedSize(bytes);
    }

    private static void checkInflatedSize(byte[] bytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw refused("文件结构异常（压缩条目过多），已拒绝");
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_INFLATED_BYTES) {
                        throw refused("文件解压后超过100MB，疑似压缩炸弹，已拒绝");
                    }
                }
            }
        } catch (IOException e) {
            throw refused("文件已损坏或不是有效的.xlsx工作簿");
        }
        if (entries == 0) {
            throw refused("文件已损坏或不是有效的.xlsx工作簿");
        }
    }

    static InvalidInputException refused(String message) {
        return InvalidInputException.field("file", message);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
