using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Search.Catalogue.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CallSourceDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AttributionLicence",
                schema: "search",
                table: "FundingCalls",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttributionMention",
                schema: "search",
                table: "FundingCalls",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttributionUrl",
                schema: "search",
                table: "FundingCalls",
                type: "character varying(2048)",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactHtml",
                schema: "search",
                table: "FundingCalls",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EuropeanAid",
                schema: "search",
                table: "FundingCalls",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsCharged",
                schema: "search",
                table: "FundingCalls",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PerimeterScale",
                schema: "search",
                table: "FundingCalls",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PreDepositOn",
                schema: "search",
                table: "FundingCalls",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Programmes",
                schema: "search",
                table: "FundingCalls",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "ProjectExamplesHtml",
                schema: "search",
                table: "FundingCalls",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SourceUpdatedAt",
                schema: "search",
                table: "FundingCalls",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AttributionLicence",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "AttributionMention",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "AttributionUrl",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "ContactHtml",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "EuropeanAid",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "IsCharged",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "PerimeterScale",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "PreDepositOn",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "Programmes",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "ProjectExamplesHtml",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "SourceUpdatedAt",
                schema: "search",
                table: "FundingCalls");
        }
    }
}
