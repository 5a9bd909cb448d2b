import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsString, MaxLength } from 'class-validator';

/** Any text up to this length is looked up; whatever does not name a live link gets the same 404, so a guess learns nothing. */
const TOKEN = { description: "The token from the young person's mailed link" };

export class LinkTokenQuery {
  @ApiProperty(TOKEN) @IsString() @MaxLength(100) token!: string;
}

export class LinkConsentDto {
  @ApiProperty(TOKEN) @IsString() @MaxLength(100) token!: string;
  @ApiProperty({ description: 'True: she consents; false: she refuses, and the course ends as no-consent' }) @IsBoolean() given!: boolean;
  @ApiProperty({ description: 'The version of the explanation she was shown (GET /young-person-links: explanation.version)' })
  @IsString()
  @MaxLength(40)
  textsVersion!: string;
}

export class LinkAnswersDto {
  @ApiProperty(TOKEN) @IsString() @MaxLength(100) token!: string;
  @ApiProperty({ type: [Number], example: [3, 4, 2, 5, 3], description: "One answer per item, in the items' order, on its scale" })
  @IsArray()
  @ArrayMaxSize(20)
  @IsInt({ each: true })
  answers!: number[];
  @ApiProperty({ description: 'The version of the wording she answered (GET /young-person-links: questionnaire.version)' })
  @IsString()
  @MaxLength(40)
  textsVersion!: string;
}
