import ExcelJS from 'exceljs';

/** The first worksheet of a downloaded workbook. */
export async function firstSheet(body: unknown): Promise<ExcelJS.Worksheet | undefined> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook.worksheets[0];
}
